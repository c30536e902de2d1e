X = "lazy mod"
