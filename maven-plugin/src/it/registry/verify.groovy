try {
    // the builds log one after another into one build.log
    def logs = ['build.log', 'v1/build.log', 'v2-compatible/build.log', 'v2-breaking/build.log', 'against-registry/build.log']
            .collect { new File(basedir, it) }.findAll { it.exists() }*.text.join('\n')
    assert logs.contains('protovet: acme/common/v1/money.proto -> acme/common/v1/money.proto: registered (id 1)')
    assert logs.contains('protovet: acme/orders/v1/orders.proto -> orders-value: registered (id 2)')
    assert logs.contains('protovet: acme/orders/v1/orders.proto -> orders-value: compatible (id 2)')
    assert logs.contains('protovet: 1 schema is incompatible with http://127.0.0.1:')
    // the registry's answer: one message for the deleted field, naming every rule that reports it
    assert logs.contains('FIELD_NO_DELETE, FIELD_NO_DELETE_UNLESS_NAME_RESERVED, FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED orders-value.proto:7:1 Previously present field "2" with name "customer_email" on message "Order" was deleted.')

    // protovet:breaking with the registered version as its baseline (FILE rules by default)
    assert logs.contains('src/main/proto/acme/orders/v1/orders.proto:7:1: [FIELD_NO_DELETE] Previously present field "2" with name "customer_email" on message "Order" was deleted.')

    // what the registry holds: 1.0's two subjects, orders-value referencing money.proto; nothing from the pull requests
    def get = { String path ->
        def connection = new URL("http://127.0.0.1:${registryPort}$path").openConnection()
        connection.setRequestProperty('Authorization', 'Basic ' + 'it:it-secret'.bytes.encodeBase64().toString())
        connection.inputStream.text
    }
    assert get('/subjects') == '["acme/common/v1/money.proto","orders-value"]'
    assert get('/subjects/orders-value/versions') == '[1]'
    assert get('/subjects/orders-value/versions/1').contains('"references":[{"name":"acme/common/v1/money.proto","subject":"acme/common/v1/money.proto","version":1}]')
    return true
} finally {
    context.get('registry')?.destroy()
}
