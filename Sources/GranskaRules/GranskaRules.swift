// The GranskaRules module. See Package.swift for how the modules depend on each other.
