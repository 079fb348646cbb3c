"""targets.yaml: the declared targets, validated with every problem located."""
