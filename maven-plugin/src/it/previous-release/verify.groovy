def repo = new File(localRepositoryPath, 'dev/protovet/it/billing-api/1.0')
assert new File(repo, 'billing-api-1.0-protoset.binpb').isFile()
assert new File(basedir, 'release/target/billing-api-1.0-protoset.binpb').isFile()

// 1.1-SNAPSHOT against 1.0: the check ran and found the renamed enum value (reports are written before failing)
def text = new File(basedir, 'next/target/protovet/breaking.txt').text
assert text.contains('src/main/proto/acme/billing/v1/invoice.proto:14:20:Enum value "2" on enum "Status" changed name from "STATUS_PAID" to "STATUS_SETTLED".')

def logs = [new File(basedir, 'build.log'), new File(basedir, 'next/build.log')].findAll { it.exists() }*.text.join('\n')
assert logs.contains('protovet: checking [src/main/proto] against dev.protovet.it:billing-api:1.0 (its protoset descriptor set)')
assert logs.contains('[ENUM_VALUE_SAME_NAME]')
assert logs.contains('protovet: skipped')
assert logs.contains('protovet: checking [src/main/proto] against maven:dev.protovet.it:billing-api:1.0:protoset@binpb')
assert logs.contains('protovet: 1 breaking change against maven:dev.protovet.it:billing-api:1.0:protoset@binpb (failOnBreaking is false)')
return true
