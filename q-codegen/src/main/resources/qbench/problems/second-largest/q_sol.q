solve:{[x] (desc distinct x) 1}
