solve:{[x] (max x)-min x}
