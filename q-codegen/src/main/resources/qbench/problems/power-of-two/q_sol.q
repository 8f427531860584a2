solve:{[n] if[n<1; :0b]; while[0=n mod 2; n:n div 2]; n=1}
