solve:{[x] avg x}
