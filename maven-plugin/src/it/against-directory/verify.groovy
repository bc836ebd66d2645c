def log = { side -> new File(basedir, "$side/build.log").exists() ? new File(basedir, "$side/build.log").text : new File(basedir, "build.log").text }
def reports = { side -> new File(basedir, "$side/target/protovet") }

// compatible: passes, with empty reports
assert log('compatible').contains('protovet: no breaking changes')
assert reports('compatible').listFiles()*.name.containsAll(['breaking.txt', 'breaking.json', 'breaking-junit.xml', 'breaking.sarif'])
assert new File(reports('compatible'), 'breaking.txt').text.isEmpty()

// breaking: the failure names file, line, column and rule of each finding
def failure = log('breaking')
assert failure.contains('protovet: 2 breaking changes against ../baseline:')
assert failure.contains('src/main/proto/acme/orders/v1/orders.proto:5:1: [FIELD_NO_DELETE] Previously present field "2" with name "customer_email" on message "Order" was deleted.')
assert failure.contains('src/main/proto/acme/orders/v1/orders.proto:7:3: [FIELD_SAME_TYPE] Field "3" with name "total_cents" on message "Order" changed type from "int32" to "int64".')
assert !(failure =~ /\n\s+at [\w.$]+\(/) // no stack trace
def text = new File(reports('breaking'), 'breaking.txt').text
assert text.readLines().size() == 2
assert new File(reports('breaking'), 'breaking-junit.xml').text.contains('FIELD_NO_DELETE')
assert new File(reports('breaking'), 'breaking.sarif').text.contains('FIELD_SAME_TYPE')
return true
