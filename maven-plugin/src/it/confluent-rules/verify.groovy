// both builds log to this one file, in order
def log = new File(basedir, 'build.log').text

// compatible under CONFLUENT, though buf's default FILE rules would reject both changes
assert log.contains('protovet: no breaking changes')

// breaking: Confluent's difference type is the rule, and the sentence says what changed
assert log.contains('protovet: 1 breaking change against ../baseline:')
assert log.contains('src/main/proto/acme/orders/v1/orders.proto:8:3: [FIELD_SCALAR_KIND_CHANGED] Field "3" with name "total_cents" on message "Order" changed scalar kind from "int32" to "double" (Confluent: FIELD_SCALAR_KIND_CHANGED).')
assert !(log =~ /\n\s+at [\w.$]+\(/) // no stack trace
return true
