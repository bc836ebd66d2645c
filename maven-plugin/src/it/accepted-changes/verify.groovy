def log = { name -> new File(basedir, name + '/build.log') }
def logs = [log('next'), log('major'), new File(basedir, 'build.log')].findAll { it.exists() }*.text.join('\n')

// 1.1-SNAPSHOT: each break made on purpose passes, and says how
assert logs.contains('protovet: checking [src/main/proto] against dev.protovet.it:people-api:1.0 (its protoset descriptor set)')
assert logs.contains('[WARNING] src/main/proto/acme/people/v1/people.proto:11:1:warning: Previously present RPC "Delete" on service "People" was deleted.')
assert logs.contains('protovet: 0 breaking changes, 1 warning, 1 accepted, 1 ignored by comment in 1 file against dev.protovet.it:people-api:1.0')
def html = new File(basedir, 'next/target/protovet/breaking.html').text
assert html.contains('<h2>src/main/proto/acme/people/v1/people.proto</h2>')
assert html.contains('email moved to the Contact message')
assert html.contains('every client reads it as a long already')
assert new File(basedir, 'next/target/protovet/breaking.txt').text.readLines().size() == 1

// the same build again: nothing changed, so nothing is compiled
assert logs.contains('protovet: [src/main/proto] and dev.protovet.it:people-api:1.0 (its protoset descriptor set) are unchanged since the last check passed; skipped')

// 2.0.0-SNAPSHOT: three breaking changes, logged as warnings, and the build passes
def major = new File(basedir, 'major/target/protovet/breaking.txt').text
assert major.readLines().size() == 3
assert logs.contains('protovet: 0 breaking changes, 3 warnings in 1 file against dev.protovet.it:people-api:1.0')
assert new File(basedir, 'major/target/protovet/breaking.html').text.contains('allowed in a new major version, 2.0.0-SNAPSHOT after 1.0 (allowBreakingOnMajor)')
return true
