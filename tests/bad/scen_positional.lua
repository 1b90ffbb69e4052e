scenario { "bad", version = "1", title = "Bad", procedure = "mini" }
