def log = new File(basedir, 'build.log').text
assert log.contains('protovet: no release of dev.protovet.it:catalog-api before 1.0-SNAPSHOT to compare with')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\n\s+at [\w.$]+\(/) // no stack trace
return true
