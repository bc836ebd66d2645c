// all seven builds log to this one file, in order
def log = new File(basedir, 'build.log').text
def reports = { side -> new File(basedir, "$side/target/protovet") }

// compatible: passes
assert log.contains('protovet: no breaking changes')

// breaking: the failure names file, line, column and rule of each finding
assert log.contains('protovet: 2 breaking changes against ../baseline:')
assert log.contains('src/main/proto/acme/orders/v1/orders.proto:5:1: [FIELD_NO_DELETE] Previously present field "2" with name "customer_email" on message "Order" was deleted.')
assert log.contains('hint: reserve 2 and "customer_email" instead of deleting the field: reserved 2; reserved "customer_email";')
assert log.contains('src/main/proto/acme/orders/v1/orders.proto:7:3: [FIELD_SAME_TYPE] Field "3" with name "total_cents" on message "Order" changed type from "int32" to "int64".')
assert reports('breaking').list().toList().containsAll(['breaking.txt', 'breaking.json', 'breaking-junit.xml', 'breaking.sarif'])
def text = new File(reports('breaking'), 'breaking.txt').text
assert text.readLines().size() == 2
assert new File(reports('breaking'), 'breaking-junit.xml').text.contains('FIELD_NO_DELETE')
assert new File(reports('breaking'), 'breaking.sarif').text.contains('FIELD_SAME_TYPE')

// bad input: the engine's problem, one line each
assert log =~ /protovet: cannot check the \.proto files:\n\[ERROR\]   \S*not-a-descriptor-set\.binpb: not a valid binary FileDescriptorSet/
assert log =~ /protovet: cannot check the \.proto files:\n\[ERROR\]   \S*unknown-rule\.yaml: breaking\.use: unknown rule or category ID .*FIELD_NO_DELETED/
// from a descriptor set: the same finding, at the file's import path
assert log =~ /protovet: checking target\/\S+-protoset\.binpb against \.\.\/baseline/
assert log.contains('[ERROR]   acme/orders/v1/orders.proto:5:1: [FIELD_NO_DELETE] Previously present field "2" with name "customer_email" on message "Order" was deleted.')
assert log.contains('protovet: descriptorSet target/missing.binpb does not exist; the plugin that makes it must run before protovet:breaking')
// errorFormat=pretty: grouped by file, the source line and its caret
assert log.contains('[ERROR]   7:3  FIELD_SAME_TYPE  Field "3" with name "total_cents" on message "Order" changed type from "int32" to "int64".')
assert log.contains('[ERROR]     7 |   int64 total_cents = 3;\n[ERROR]       |   ^^^^^')
assert log.contains('[ERROR]     5 | message Order {\n[ERROR]       | ^^^^^^^^^^^^^^^')
assert !(log =~ /\n\s+at [\w.$]+\(/) // no stack trace
// and no reports from the compatible project's earlier, successful run that would look current
assert !new File(reports('compatible'), 'breaking.json').exists()
return true
