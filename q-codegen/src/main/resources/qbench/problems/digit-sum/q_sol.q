solve:{[n] sum "0123456789"?string n}
