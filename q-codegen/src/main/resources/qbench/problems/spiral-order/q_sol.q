solve:{[m] $[1>=count m; raze m; (first m),solve reverse flip 1_m]}
