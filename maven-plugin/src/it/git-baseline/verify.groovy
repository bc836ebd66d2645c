def log = new File(basedir, 'build.log').text
assert log.contains('protovet: checking [src/main/proto] against .git#branch=main,subdir=src/main/proto')
assert log.contains('protovet: 1 breaking change against .git#branch=main,subdir=src/main/proto:')
assert log.contains('src/main/proto/acme/orders/v1/orders.proto:5:1: [FIELD_NO_DELETE] Previously present field "2" with name "customer_email" on message "Order" was deleted.')
assert !(log =~ /\n\s+at [\w.$]+\(/) // no stack trace
return true
