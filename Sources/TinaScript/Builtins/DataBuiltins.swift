/// JSON in and out.
enum DataBuiltins {
    static let builtins: [Builtin] = [
        Builtin("json", [Param("value"), Param("indent", .int, default: .int(0))], returns: "string",
                help: "The value as JSON text (map order kept; tensors as nested lists); indent > 0 pretty-prints.",
                example: "json({\"a\": [1, 2.5, nil]})  # \"{\\\"a\\\":[1,2.5,null]}\"") { a in
            .string(try JSONCodec.encode(a.values[0], indent: max(0, try a.int("indent"))))
        },
        Builtin("parse_json", [Param("text", .string)], returns: "any",
                help: "Parses JSON text: objects become maps (order kept), integers ints, other numbers floats.",
                example: "parse_json(\"[1, {\\\"b\\\": 2}]\")") { a in
            try JSONCodec.decode(try a.string("text"))
        },
    ]
}
