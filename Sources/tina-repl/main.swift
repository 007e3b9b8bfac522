import Runtime
print("tina-repl")
