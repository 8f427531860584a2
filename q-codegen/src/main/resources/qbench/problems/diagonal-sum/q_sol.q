solve:{[m] i:til n:count m; (sum m@'i)+(sum m@'reverse i)-$[n mod 2;m[n div 2;n div 2];0]}
