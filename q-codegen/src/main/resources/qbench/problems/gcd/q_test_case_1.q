result:solve[48;18];
show result;
