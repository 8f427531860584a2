solve:{[s] s~reverse s}
