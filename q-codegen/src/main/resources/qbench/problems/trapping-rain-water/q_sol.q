solve:{[h] sum ((maxs h)&reverse maxs reverse h)-h}
