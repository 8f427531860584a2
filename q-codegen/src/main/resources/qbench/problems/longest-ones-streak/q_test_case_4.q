result:solve[11111b];
show result;
