solve:{[n] r:til n; sum r where (0=r mod 3)|0=r mod 5}
