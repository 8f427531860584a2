solve:{[x] (x where x<>0),x where x=0}
