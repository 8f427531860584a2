solve:{[h] max {[h;i] j:i+til (count h)-i; max (mins h j)*1+til count j}[h] each til count h}
