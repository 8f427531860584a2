solve:{[x] x where x>next reverse maxs reverse x}
