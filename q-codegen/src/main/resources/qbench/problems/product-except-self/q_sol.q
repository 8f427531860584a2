solve:{[x] (1,-1_prds x)*reverse 1,-1_prds reverse x}
