solve:{[x] first key desc count each group x}
