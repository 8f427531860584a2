solve:{[m] flip m}
