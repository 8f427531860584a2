result:solve[7;3];
show result;
