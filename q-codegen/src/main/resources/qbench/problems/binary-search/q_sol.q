solve:{[x;t] i:x bin t; $[i<0; -1; t=x i; i; -1]}
