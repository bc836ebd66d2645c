// Starts protovet's registry server (the jar this build made) on a fresh H2 database, with one user for the ITs.
def jar = new File(registryJar)
assert jar.isFile() : "the registry jar is missing: $jar"
new File(basedir, 'registry-auth').text = 'user it it-secret admin\n'
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-jar', jar.path, '--host', '127.0.0.1', '--port', registryPort,
        '--data-dir', new File(basedir, 'registry-data').path, '--auth-file', new File(basedir, 'registry-auth').path)
        .redirectErrorStream(true).redirectOutput(new File(basedir, 'registry.log')).start()
context.put('registry', process)
def ready = new URL("http://127.0.0.1:${registryPort}/health/ready")
for (int i = 0; i < 120; i++) {
    try {
        if (ready.openConnection().responseCode == 200) {
            return true
        }
    } catch (IOException ignored) {
        // not listening yet
    }
    Thread.sleep(250)
}
process.destroy()
throw new AssertionError('the registry did not start: ' + new File(basedir, 'registry.log').text)
