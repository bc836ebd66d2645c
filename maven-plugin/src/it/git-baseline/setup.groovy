// A real git repository: version 1 committed on main, then a breaking edit left in the working tree.
def git = { String... args ->
    def command = ['git', '-c', 'user.email=it@example.com', '-c', 'user.name=it'] + (args as List)
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed: $output"
}
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-q', '-m', 'v1')
def proto = new File(basedir, 'src/main/proto/acme/orders/v1/orders.proto')
proto.text = proto.text.replace('  string customer_email = 2;\n', '')
return true
