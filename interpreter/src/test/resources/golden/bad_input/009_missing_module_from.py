from no_such_package.sub import thing
