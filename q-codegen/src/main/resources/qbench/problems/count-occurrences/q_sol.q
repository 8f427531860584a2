solve:{[x;y] count where x=y}
