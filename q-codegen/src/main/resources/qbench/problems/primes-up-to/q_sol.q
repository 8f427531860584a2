solve:{[n] r:2_til n+1; r where {all 0<x mod 2_til 1+floor sqrt x} each r}
