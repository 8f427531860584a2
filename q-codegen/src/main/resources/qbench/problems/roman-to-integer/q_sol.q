solve:{[s] v:(1 5 10 50 100 500 1000)@"IVXLCDM"?s; sum v*1-2*v<next v}
