result:solve[1101110b];
show result;
