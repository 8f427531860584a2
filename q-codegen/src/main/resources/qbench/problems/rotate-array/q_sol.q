solve:{[x;k] neg[k] rotate x}
