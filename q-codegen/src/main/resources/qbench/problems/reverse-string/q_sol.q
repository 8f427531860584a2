solve:{[s] reverse s}
