result:solve[987654321];
show result;
