result:solve[0 0];
show result;
