result:solve[3 0 1];
show result;
