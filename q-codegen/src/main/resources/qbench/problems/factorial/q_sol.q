solve:{[n] prd 1+til n}
