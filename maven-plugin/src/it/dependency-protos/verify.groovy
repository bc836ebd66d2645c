def payments = new File(basedir, 'payments/target')
assert new File(payments, 'protovet/deps-include/acme/money/v1/money.proto').isFile()
assert new File(payments, 'protovet/breaking.txt').text.isEmpty()
assert new File(payments, 'payments-api-1.0-SNAPSHOT-protoset.binpb').isFile()
def logs = [new File(basedir, 'build.log'), new File(basedir, 'payments/build.log')].findAll { it.exists() }*.text.join('\n')
assert logs.contains('protovet: no breaking changes')
return true
