solve:{[s] raze {(first x),string count x} each (where differ s) cut s}
