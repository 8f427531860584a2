solve:{[x] i:where (sums[x]-x)=(sum x)-sums x; $[count i; first i; -1]}
