solve:{[b] max 0,0 {y*x+y}\ b}
