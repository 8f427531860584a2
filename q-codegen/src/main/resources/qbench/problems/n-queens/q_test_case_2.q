result:solve[2];
show result;
